# Arguments PyTorch's parser refuses although Python would take them: each call is checked
# against the function's signatures, for torch.* functions and Tensor methods alike.
import torch

x = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
calls = ["torch.tril(x, torch.tensor(2.5))", "x.float(None)", "x.copy_(0, 1)", "torch.trapezoid(x, 1)",
         "torch.isin(2, 3)", "torch.randperm(torch.tensor(2.5))", "x.new_zeros(True)", "x.is_pinned(x)",
         "torch.normal(x, dtype=torch.float64)", "torch.reshape(x, -1)", "x.random_(1.5)",
         "torch.resolve_neg(2.5)", "x.svd(None)", "x.repeat_interleave()", "torch.full_like(x, x)",
         "x.unique(None)", "torch.maximum(2, 3)", "torch.max(x, other=1, out=2)", "x.norm(axis=0)",
         "torch.can_cast(x, x)", "x.fill_diagonal_(0, 1)", "torch.diag(x > 0, True)"]
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "-> TypeError:", e)

# and what it takes: a spread-out size, numpy's axis/keepdims, None where a dim may be None
print(x.view(3, 2).shape, x.new_zeros(2, 3).shape, x.sum(axis=1, keepdims=True))
print(torch.amax(x, dim=None), torch.full((2,), 1j), x.copy_(torch.ones(2, 3), True)[0])
