"""torch.segment_reduce: ATen's kernel and its backward, checked against sums written out by hand."""
import pytest

import autograd_tui.engine as torch


def _data():
    return torch.tensor([1.0, 3.0, 3.0, 2.0, 5.0, 6.0, 0.0], dtype=torch.float64, requires_grad=True)


def test_every_reduction_of_each_segment_and_the_empty_one():
    lengths = torch.tensor([3, 0, 2, 2])
    expected = {"sum": [7.0, 0.0, 7.0, 6.0], "prod": [9.0, 1.0, 10.0, 0.0], "max": [3.0, float("-inf"), 5.0, 6.0],
                "min": [1.0, float("inf"), 2.0, 0.0]}
    for reduce, values in expected.items():
        assert torch.segment_reduce(_data(), reduce, lengths=lengths).tolist() == values
    mean = torch.segment_reduce(_data(), "mean", lengths=lengths)
    assert mean[1].isnan() and mean[2].item() == 3.5
    assert torch.segment_reduce(_data(), "mean", lengths=lengths, initial=10.0)[1].item() == 10.0
    offsets = torch.segment_reduce(_data(), "sum", offsets=torch.tensor([0, 3, 3, 5, 7]))
    assert offsets.tolist() == expected["sum"]


def test_the_gradients_follow_atens_kernel():
    data = _data()
    out = torch.segment_reduce(data, "max", lengths=torch.tensor([3, 0, 2, 2]))
    grad, = torch.autograd.grad(out, data, torch.tensor([-1.0, 2.0, 3.0, 4.0], dtype=torch.float64))
    # a shared maximum splits only a positive gradient
    assert grad.tolist() == [0.0, -1.0, -1.0, 0.0, 3.0, 4.0, 0.0]
    data = _data()
    out = torch.segment_reduce(data, "prod", lengths=torch.tensor([3, 0, 2, 2]))
    grad, = torch.autograd.grad(out, data, torch.ones(4, dtype=torch.float64))
    assert grad.tolist() == [9.0, 3.0, 3.0, 5.0, 2.0, 0.0, 6.0]  # at the zero: the others' product


def test_a_second_derivative_refuses_as_pytorchs():
    data = _data()
    out = torch.segment_reduce(data, "mean", lengths=torch.tensor([3, 4]))
    grad, = torch.autograd.grad(out.sum(), data, create_graph=True)
    assert type(grad.grad_fn).__name__ == "NotImplemented"
    with pytest.raises(RuntimeError, match="derivative for aten::_segment_reduce_backward is not implemented"):
        grad.sum().backward()


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({}, RuntimeError, "Either lengths or offsets must be defined"),
    ({"lengths": torch.tensor([3, 3])}, RuntimeError, "Expected all rows of lengths along axis to sum"),
    ({"lengths": torch.tensor([-1, 8])}, RuntimeError, "lengths contains negative value!"),
    ({"lengths": torch.tensor([2.0, 5.0])}, NotImplementedError, "_segment_reduce_lengths_cpu_kernel1"),
    ({"lengths": torch.tensor([[3, 4]])}, RuntimeError, r"Expected data.dim\(\) >= lengths_value.dim\(\)"),
])
def test_pytorchs_refusals(kwargs, error, message):
    with pytest.raises(error, match=message):
        torch.segment_reduce(_data(), "sum", **kwargs)
    with pytest.raises(RuntimeError, match="reduce argument must be either sum, prod, mean, amax or amin, got median"):
        torch.segment_reduce(_data(), "median", lengths=torch.tensor([7]))
