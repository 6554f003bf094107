import torch

# ops without a derivative take out= even when an input requires grad
x = torch.tensor([[0.5, -0.25, 0.75], [0.1, 0.9, -0.6]], requires_grad=True)
for src in ["torch.argmax(x, out=torch.empty(0, dtype=torch.long))", "torch.eq(x, 0.5, out=torch.empty(0, dtype=torch.bool))",
            "torch.histc(x, out=torch.empty(0))", "torch.nonzero(x, out=torch.empty(0, dtype=torch.long))",
            "torch.gt(x, x, out=torch.empty(0, dtype=torch.bool))", "torch.sign(x, out=torch.empty(0))", "torch.round(x, out=torch.empty(0))",
            "torch.floor(x, out=torch.empty(0))", "torch.logical_not(x, out=torch.empty(0, dtype=torch.bool))",
            "torch.searchsorted(torch.tensor([0.0, 1.0]), x, out=torch.empty(0, dtype=torch.long))", "torch.argmin(x, 1, out=torch.empty(0, dtype=torch.long))",
            "torch.bucketize(x, torch.tensor([0.0, 1.0]), out=torch.empty(0, dtype=torch.long))", "torch.ceil(x, out=torch.empty(0))", "torch.trunc(x, out=torch.empty(0))"]:
    try:
        print(src[:40], eval(src).shape)
    except RuntimeError as e:
        print(src[:40], "->", str(e)[:70])
