# Nonlinear pendulum: explicit Euler gains energy, symplectic Euler does not drift.
import torch

g_over_l, dt, n = 9.81, 0.01, 1000
def energy(th, om):
    return 0.5 * om ** 2 - g_over_l * torch.cos(th)

for scheme in ["explicit", "symplectic"]:
    th = torch.tensor(1.0, dtype=torch.float64)
    om = torch.tensor(0.0, dtype=torch.float64)
    E0 = energy(th, om)
    for _ in range(n):
        if scheme == "explicit":
            th, om = th + dt * om, om - dt * g_over_l * torch.sin(th)
        else:
            om = om - dt * g_over_l * torch.sin(th)
            th = th + dt * om
    print(scheme, f"{(energy(th, om) - E0).item():+.4f}")
