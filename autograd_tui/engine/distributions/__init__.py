"""``torch.distributions``: the common distributions (Normal, MultivariateNormal, Bernoulli, Categorical,
Gamma, Laplace, StudentT, VonMises, the relaxed and mixture families, ...), each drawing from PyTorch's generator as
PyTorch does; Independent, and TransformedDistribution with its transforms."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.constraint_registry import biject_to, transform_to
from autograd_tui.engine.distributions.bernoulli import Bernoulli
from autograd_tui.engine.distributions.beta import Beta
from autograd_tui.engine.distributions.binomial import Binomial
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.dirichlet import Dirichlet
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.distributions.exponential import Exponential, Poisson
from autograd_tui.engine.distributions.fishersnedecor import FisherSnedecor
from autograd_tui.engine.distributions.gamma import Gamma
from autograd_tui.engine.distributions.generalized_pareto import GeneralizedPareto
from autograd_tui.engine.distributions.independent import Independent
from autograd_tui.engine.distributions.kl import kl_divergence, register_kl
from autograd_tui.engine.distributions import kl_mixed as _kl_mixed  # noqa: F401 - registers the cross-family pairs
from autograd_tui.engine.distributions.kumaraswamy import Kumaraswamy
from autograd_tui.engine.distributions.log_normal import LogNormal
from autograd_tui.engine.distributions.logistic_normal import LogisticNormal
from autograd_tui.engine.distributions.multinomial import Multinomial
from autograd_tui.engine.distributions.multivariate_normal import MultivariateNormal
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions import transforms
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import (
    AbsTransform, AffineTransform, ComposeTransform, CorrCholeskyTransform, ExpTransform, IndependentTransform,
    LowerCholeskyTransform, PositiveDefiniteTransform, PowerTransform, ReshapeTransform, SigmoidTransform,
    SoftmaxTransform,
    SoftplusTransform, StickBreakingTransform, TanhTransform, Transform, identity_transform,
)
from autograd_tui.engine.distributions.uniform import Uniform
from autograd_tui.engine.distributions import utils  # noqa: F401 - torch.distributions.utils, bound as in PyTorch
from autograd_tui.engine.distributions.cauchy import Cauchy
from autograd_tui.engine.distributions.chi2 import Chi2
from autograd_tui.engine.distributions.continuous_bernoulli import ContinuousBernoulli
from autograd_tui.engine.distributions import kl_continuous_bernoulli as _kl_cb  # noqa: F401 - registers its pairs
from autograd_tui.engine.distributions.geometric import Geometric
from autograd_tui.engine.distributions.gumbel import Gumbel
from autograd_tui.engine.distributions.half_cauchy import HalfCauchy
from autograd_tui.engine.distributions.half_normal import HalfNormal
from autograd_tui.engine.distributions.inverse_gamma import InverseGamma
from autograd_tui.engine.distributions.laplace import Laplace
from autograd_tui.engine.distributions.lkj_cholesky import LKJCholesky
from autograd_tui.engine.distributions.lowrank_multivariate_normal import LowRankMultivariateNormal
from autograd_tui.engine.distributions.mixture_same_family import MixtureSameFamily
from autograd_tui.engine.distributions.negative_binomial import NegativeBinomial
from autograd_tui.engine.distributions.one_hot_categorical import OneHotCategorical, OneHotCategoricalStraightThrough
from autograd_tui.engine.distributions.pareto import Pareto
from autograd_tui.engine.distributions.relaxed_bernoulli import RelaxedBernoulli
from autograd_tui.engine.distributions.relaxed_categorical import RelaxedOneHotCategorical
from autograd_tui.engine.distributions.studentT import StudentT
from autograd_tui.engine.distributions.von_mises import VonMises
from autograd_tui.engine.distributions.weibull import Weibull
from autograd_tui.engine.distributions.wishart import Wishart

__all__ = [
    "AbsTransform", "AffineTransform", "Bernoulli", "Beta", "Binomial", "Categorical", "Cauchy", "Chi2",
    "ComposeTransform", "ContinuousBernoulli", "CorrCholeskyTransform", "Dirichlet", "Distribution", "ExpTransform",
    "Exponential", "ExponentialFamily", "FisherSnedecor", "Gamma", "GeneralizedPareto", "Geometric", "Gumbel",
    "HalfCauchy", "HalfNormal", "Independent", "IndependentTransform", "InverseGamma", "Kumaraswamy", "LKJCholesky",
    "Laplace", "LogNormal", "LogisticNormal", "LowRankMultivariateNormal", "LowerCholeskyTransform",
    "MixtureSameFamily", "Multinomial", "MultivariateNormal", "NegativeBinomial", "Normal", "OneHotCategorical",
    "OneHotCategoricalStraightThrough", "Pareto", "Poisson", "PositiveDefiniteTransform", "PowerTransform",
    "ReshapeTransform",
    "RelaxedBernoulli", "RelaxedOneHotCategorical", "SigmoidTransform", "SoftmaxTransform", "SoftplusTransform",
    "StickBreakingTransform", "StudentT", "TanhTransform", "Transform", "TransformedDistribution", "Uniform",
    "VonMises", "Weibull", "Wishart", "biject_to", "constraints", "identity_transform", "kl_divergence",
    "register_kl", "transform_to", "transforms",
]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.distributions", name)


_missing.hide_submodules(__name__, "torch.distributions", (
    "bernoulli", "beta", "binomial", "categorical", "cauchy", "chi2", "constraint_registry", "constraints",
    "continuous_bernoulli", "dirichlet", "distribution", "exp_family", "exponential", "fishersnedecor", "gamma",
    "generalized_pareto", "geometric", "gumbel", "half_cauchy", "half_normal", "independent", "inverse_gamma", "kl",
    "kumaraswamy", "laplace", "lkj_cholesky", "log_normal", "logistic_normal", "lowrank_multivariate_normal",
    "mixture_same_family", "multinomial", "multivariate_normal", "negative_binomial", "normal", "one_hot_categorical",
    "pareto", "relaxed_bernoulli", "relaxed_categorical", "studentT", "transformed_distribution", "transforms",
    "uniform", "utils", "von_mises", "weibull", "wishart"))
