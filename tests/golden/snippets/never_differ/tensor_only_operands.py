import torch

# logical_and/or/xor, isclose and outer take tensors only; outer takes vectors only
x = torch.tensor([1.0, 0.0, 2.0])
b = torch.tensor([True, False, True])
for src in ["torch.isclose(x, 1)", "x.isclose(1.5)", "torch.outer(x, 1)", "x.ger(1)", "torch.logical_and(x, 1)", "x.logical_xor_(1)",
            "x.logical_or(None)", "torch.logical_xor(b, 1)", "torch.outer(torch.ones(2, 2), x)", "torch.outer(x, torch.ones(2, 2))",
            "torch.logical_and(x, b)", "x.logical_or_(b)", "torch.isclose(x, x + 1e-9)", "torch.outer(x, x)", "x.ger(x[:2])",
            "torch.logical_xor(x, b, out=torch.empty(3, dtype=torch.bool))"]:
    try:
        print(src, eval(src))
    except (TypeError, RuntimeError) as e:
        print(src, "->", type(e).__name__, e)
