import torch
x = torch.tensor([1., 2.], requires_grad=True)
o = torch.tensor([3., -1.])
for name in ["nextafter", "heaviside", "gcd", "ldexp", "hypot", "copysign", "xlogy", "logical_and", "fmax", "fmin", "atan2", "float_power"]:
    for form in ("out", "inplace"):
        try:
            if form == "out":
                r = getattr(torch, name)(x, o)
            else:
                r = x.clone(); getattr(r, name + "_")(o if name != "float_power" else o)
            print(name, form, r.dtype, r.grad_fn.name() if r.grad_fn else None)
            r.sum().backward(); print("  grad", x.grad); x.grad = None
        except Exception as e:
            print(name, form, "!!", type(e).__name__, str(e)[:100])
