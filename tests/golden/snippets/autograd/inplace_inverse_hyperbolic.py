import torch
for name in ["asinh_", "acosh_", "atanh_", "arcsinh_", "arccosh_", "arctanh_"]:
    x = torch.tensor([1.5, 0.5], requires_grad=True) if "cosh" not in name else torch.tensor([1.5, 2.5], requires_grad=True)
    if "tanh" in name: x = torch.tensor([0.3, -0.5], requires_grad=True)
    y = x.clone()
    getattr(y, name)()
    print(name, y, y.grad_fn.name())
    try:
        y.sum().backward(); print(x.grad)
    except Exception as e: print(type(e).__name__, e)
