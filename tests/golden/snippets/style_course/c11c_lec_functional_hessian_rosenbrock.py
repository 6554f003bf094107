# Lecture: the Rosenbrock function's gradient and Hessian, autograd vs formulas (float64).
import torch
from torch.autograd.functional import hessian, jacobian

def rosen(z):
    x, y = z[0], z[1]
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

for point in [[-1.2, 1.0], [0.0, 0.0], [1.0, 1.0]]:
    z = torch.tensor(point, dtype=torch.float64)
    H = hessian(rosen, z)
    g = jacobian(rosen, z)
    x, y = point
    H_hand = torch.tensor([[2 - 400 * (y - x ** 2) + 800 * x ** 2, -400 * x], [-400 * x, 200.0]], dtype=torch.float64)
    print(point, "f =", rosen(z).item())
    print(" grad", g)
    print(" H", H)
    print(" equal to hand formula:", torch.allclose(H, H_hand), torch.linalg.eigvalsh(H))

z32 = torch.tensor([-1.2, 1.0])
print(hessian(rosen, z32))
print(hessian(rosen, z32, create_graph=True).requires_grad)
