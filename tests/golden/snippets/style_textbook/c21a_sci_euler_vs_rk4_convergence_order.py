# Global error at t=1 for y' = y, halving the step: Euler ~ h, RK4 ~ h^4.
import torch

def solve(h, method):
    y = torch.tensor(1.0, dtype=torch.float64)
    for _ in range(round(1 / h)):
        if method == "euler":
            y = y + h * y
        else:
            k1 = y; k2 = y + h / 2 * k1; k3 = y + h / 2 * k2; k4 = y + h * k3
            y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    return y

exact = torch.exp(torch.tensor(1.0, dtype=torch.float64))
for h in [0.1, 0.05, 0.025]:
    e1 = (solve(h, "euler") - exact).abs().item()
    e4 = (solve(h, "rk4") - exact).abs().item()
    print(f"h={h:<6} euler {e1:.3e}  rk4 {e4:.3e}")
