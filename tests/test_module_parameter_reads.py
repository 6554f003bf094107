"""nn.Linear reads its weight and bias past attribute lookup (``module.parameter_of``); whatever
ordinary lookup would find instead must still win, as in PyTorch."""
import autograd_tui.engine as torch
from autograd_tui.engine import nn
from autograd_tui.engine.nn.modules import module as module_mod
from autograd_tui.engine.nn.utils import parametrize


def _input():
    torch.manual_seed(0)
    return torch.randn(4, 3)


def test_a_class_attribute_of_the_name_wins():
    class Doubled(nn.Linear):
        pass
    lin = Doubled(3, 2)
    Doubled.weight = property(lambda self: self._parameters["weight"] * 2)
    x = _input()
    assert torch.equal(lin(x), x @ (2 * lin._parameters["weight"]).t() + lin.bias)


def test_an_instance_attribute_of_the_name_wins():
    lin = nn.Linear(3, 2)
    other = torch.ones(2, 3)
    lin.__dict__["weight"] = other
    x = _input()
    assert torch.equal(lin(x), x @ other.t() + lin.bias)


def test_a_parametrized_weight_is_computed():
    class Neg(nn.Module):
        def forward(self, w):
            return -w
    lin = nn.Linear(3, 2)
    parametrize.register_parametrization(lin, "weight", Neg())
    x = _input()
    assert torch.equal(lin(x), x @ (-lin.parametrizations.weight.original).t() + lin.bias)


def test_no_bias_and_a_missing_name_as_getattr_gives_them():
    lin = nn.Linear(3, 2, bias=False)
    x = _input()
    assert torch.equal(lin(x), x @ lin.weight.t())
    assert module_mod.parameter_of(lin, "bias") is None
    try:
        module_mod.parameter_of(lin, "nonexistent")
    except AttributeError as error:
        assert "'Linear' object has no attribute 'nonexistent'" in str(error)
    else:
        raise AssertionError("expected AttributeError")
