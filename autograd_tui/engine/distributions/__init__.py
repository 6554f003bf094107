"""``torch.distributions``: Normal, Bernoulli, Categorical, Multinomial and Uniform, with PyTorch's sampling draws."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import Bernoulli
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.distributions.kl import kl_divergence
from autograd_tui.engine.distributions.multinomial import Multinomial
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions.uniform import Uniform

__all__ = [
    "Bernoulli", "Categorical", "Distribution", "Multinomial", "Normal", "Uniform", "constraints", "kl_divergence",
]

# PyTorch's other distributions, named so that using one says where it exists.
_ONLY_IN_PYTORCH = (
    "Beta", "Binomial", "Cauchy", "Chi2", "ContinuousBernoulli", "Dirichlet", "Exponential", "FisherSnedecor",
    "Gamma", "Geometric", "Gumbel", "HalfCauchy", "HalfNormal", "Independent", "InverseGamma", "Kumaraswamy",
    "LKJCholesky", "Laplace", "LogNormal", "LogisticNormal", "LowRankMultivariateNormal", "MixtureSameFamily",
    "MultivariateNormal", "NegativeBinomial", "OneHotCategorical", "OneHotCategoricalStraightThrough",
    "Pareto", "Poisson", "RelaxedBernoulli", "RelaxedOneHotCategorical", "StudentT", "TransformedDistribution",
    "VonMises", "Weibull", "Wishart", "ExponentialFamily", "transforms", "register_kl", "biject_to", "transform_to",
)


def __getattr__(name: str):
    raise _missing.no_attribute("torch.distributions", name, known=_ONLY_IN_PYTORCH)
