import torch

# out= on more functions, with each kernel's own words for an out of the wrong dtype
x = torch.tensor([[0.5, -0.25, 0.75], [0.1, 0.9, -0.6]])
for name in ["arccos", "arcsin", "arctan", "arcsinh", "deg2rad", "rad2deg", "exp2", "frac", "fix", "sgn", "sinc",
             "nan_to_num", "tril", "triu", "msort", "diff", "std", "var", "norm", "histc"]:
    out = torch.empty(0)
    r = getattr(torch, name)(x, out=out)
    print(name, r is out, out)
    try:
        getattr(torch, name)(x, out=torch.empty(0, dtype=torch.long))
    except RuntimeError as e:
        print("  ", e)
    try:
        getattr(torch, name)(x.requires_grad_(), out=torch.empty(0))
    except RuntimeError as e:
        print("  ", str(e)[:60])
    x.requires_grad_(False)
print(torch.nonzero(x > 0, out=torch.empty(0, dtype=torch.long)))
print(torch.arccos(x, out=x), x)
