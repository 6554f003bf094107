# What PyTorch computes on float8 tensors, and what it refuses (each kernel in its own words)
import torch

a = torch.tensor([1.0, 2.0, 3.0]).to(torch.float8_e4m3fn)
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]]).to(torch.float8_e5m2)
print(a * a, a == a, a.abs(), torch.cat([a, a]), a[1:])
print(m @ m, m.t())
for expr in ["a + a", "a + 1", "a * 2", "a - a", "a / a", "a @ a", "a.sum()", "a.mean()", "a.max()", "-a",
             "a.exp()", "a.relu()", "a > 1", "a.std()", "a.numpy()", "a.flip(0)", "a.sort()", "a.cumsum(0)",
             "a + a.float()", "a * m.flatten()[:3]", "torch.arange(3, dtype=torch.float8_e4m3fn)",
             "torch.randn(2, dtype=torch.float8_e5m2)", "torch.nn.functional.relu(a)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
print(torch.promote_types(torch.float16, torch.float32))
try:
    torch.promote_types(torch.float8_e4m3fn, torch.float32)
except RuntimeError as e:
    print(e)
