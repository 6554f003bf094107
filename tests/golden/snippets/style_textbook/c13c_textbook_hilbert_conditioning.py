import torch


def hilbert(n):
    i = torch.arange(1, n + 1, dtype=torch.float64)
    return 1.0 / (i.unsqueeze(0) + i.unsqueeze(1) - 1.0)


print(hilbert(3))
for n in [2, 4, 6, 8, 10, 12]:
    H = hilbert(n)
    x_true = torch.ones(n, dtype=torch.float64)
    b = H @ x_true
    x = torch.linalg.solve(H, b)
    c = torch.linalg.cond(H).item()
    err = (x - x_true).abs().max().item()
    print(f"n={n:2d}  cond={c:.2e}  digits lost ~{len(str(int(c)))}  error<1e-3: {err < 1e-3}")

H32 = hilbert(6).float()
print("float32 det:", torch.linalg.det(H32).item() > 0)
print("float64 det: %.4e" % torch.linalg.det(hilbert(6)).item())
