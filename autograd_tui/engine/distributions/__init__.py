"""``torch.distributions``: Normal, MultivariateNormal, Bernoulli, Binomial, Categorical, Multinomial, Uniform,
Exponential, Poisson, Gamma, Dirichlet, Beta and LogNormal, with PyTorch's sampling draws; Independent, and
TransformedDistribution with the exp, affine and sigmoid transforms."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import Bernoulli
from autograd_tui.engine.distributions.beta import Beta
from autograd_tui.engine.distributions.binomial import Binomial
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.dirichlet import Dirichlet
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.distributions.exponential import Exponential, Poisson
from autograd_tui.engine.distributions.gamma import Gamma
from autograd_tui.engine.distributions.independent import Independent
from autograd_tui.engine.distributions.kl import kl_divergence
from autograd_tui.engine.distributions.log_normal import LogNormal
from autograd_tui.engine.distributions.mixture_same_family import MixtureSameFamily
from autograd_tui.engine.distributions.multinomial import Multinomial
from autograd_tui.engine.distributions.multivariate_normal import MultivariateNormal
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions.relaxed_bernoulli import RelaxedBernoulli
from autograd_tui.engine.distributions import transforms
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import AffineTransform, ExpTransform, SigmoidTransform, Transform
from autograd_tui.engine.distributions.uniform import Uniform

__all__ = [
    "AffineTransform", "Bernoulli", "Beta", "Binomial", "Categorical", "Dirichlet", "Distribution", "ExpTransform",
    "Exponential", "Gamma", "Independent", "LogNormal", "MixtureSameFamily", "Multinomial",
    "MultivariateNormal", "Normal", "Poisson", "RelaxedBernoulli", "SigmoidTransform", "Transform",
    "TransformedDistribution", "Uniform", "constraints", "kl_divergence", "transforms",
]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.distributions", name)


_missing.hide_submodules(__name__, "torch.distributions", (
    "bernoulli", "beta", "binomial", "categorical", "constraints", "dirichlet", "distribution", "exponential", "gamma",
    "independent", "kl", "log_normal", "mixture_same_family", "multinomial", "multivariate_normal", "normal",
    "relaxed_bernoulli", "transformed_distribution", "transforms", "uniform"))
