# linalg.solve of small systems to every digit (MKL's getrf + getrs), and its gradients.
import torch

torch.manual_seed(0)
for dtype in (torch.float32, torch.float64):
    for n in (1, 2, 3, 4, 5, 7, 8, 11, 16):
        A = torch.randn(n, n, dtype=dtype)
        b = torch.randn(n, dtype=dtype)
        print(n, dtype, torch.linalg.solve(A, b)[:3].tolist())
    for n in (2, 3, 6, 8):
        A = torch.randn(n, n, dtype=dtype)
        B = torch.randn(n, 3, dtype=dtype)
        print(n, torch.linalg.solve(A, B)[:2].tolist())
    As = torch.randn(4, 3, 3, dtype=dtype)
    print(torch.linalg.solve(As, torch.randn(3, dtype=dtype)).tolist())
    print(torch.linalg.solve(As, torch.randn(3, 1, dtype=dtype), left=True).flatten().tolist()[:4])
H = torch.tensor([[6.75, 1.0], [1.0, 2.0]], dtype=torch.float64)
print(torch.linalg.solve(H, torch.tensor([1.6875, 2.75], dtype=torch.float64)).tolist())
for dtype in (torch.float32, torch.float64):
    for n in (2, 3, 4):
        A = torch.randn(n, n, dtype=dtype, requires_grad=True)
        b = torch.randn(n, dtype=dtype, requires_grad=True)
        x = torch.linalg.solve(A, b)
        (x * torch.arange(1.0, n + 1, dtype=dtype)).sum().backward()
        print(n, dtype, b.grad.tolist(), A.grad[0].tolist())
