namespace NormsEngine.Model;

/// <summary>Status under the EU NIS2 directive (<c>roles.nis2Entity</c>). YAML spells each value in camelCase.</summary>
public enum Nis2Entity
{
    /// <summary>Not in scope of NIS2.</summary>
    None,

    /// <summary>An important entity.</summary>
    Important,

    /// <summary>An essential entity.</summary>
    Essential,
}
