# float8: filling with a number (checked beyond one element), and refusals that depend on the arguments
import torch

a = torch.tensor([1.0, 2.0, 3.0]).to(torch.float8_e4m3fn)
m = torch.tensor([True, False, True])
print(torch.full((1,), 1000.0, dtype=torch.float8_e4m3fn), torch.zeros(1, dtype=torch.float8_e4m3fn).fill_(500.0))
y = torch.zeros(3, dtype=torch.float8_e5m2)
y[0] = 1e6
y[1] = -70000.0
print(y, a[0].item(), float(a[1]), bool(a[2]), a.clone().fill_(2.5))
for expr in ["torch.full((2,), 1000.0, dtype=torch.float8_e4m3fn)", "a.clone().fill_(449.0)",
             "torch.full_like(a, -1000.0)", "torch.zeros(2, dtype=torch.float8_e5m2).fill_(float('inf'))",
             "torch.zeros(2, dtype=torch.float8_e4m3fn).fill_(float('inf'))", "a.clamp(0, 1)", "a.clamp(min=0)",
             "a.clamp(max=1)", "a.clip(a, a)", "a.equal(a)", "a.equal(a.clone())", "a.masked_fill(m, 0)",
             "a.div(a, rounding_mode='floor')", "a.pow(2)", "a.lerp(a, 0.5)",
             "a.index_fill(0, torch.tensor([0]), 1.0)", "a.view(3, 1).t()", "a.reshape(1, 3).expand(2, 3)",
             "a.index_select(0, torch.tensor([2, 0]))", "a[m]", "a.unsqueeze(0).repeat(2, 1)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
