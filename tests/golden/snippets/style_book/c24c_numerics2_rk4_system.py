# Section 12.2: RK4 on the harmonic oscillator, state as a tensor
import torch


def oscillator(state):
    return torch.stack([state[1], -state[0]])


state = torch.tensor([1.0, 0.0], dtype=torch.float64)
dt = 0.1
for step in range(10):
    k1 = oscillator(state)
    k2 = oscillator(state + dt / 2 * k1)
    k3 = oscillator(state + dt / 2 * k2)
    k4 = oscillator(state + dt * k3)
    state = state + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
print(state.tolist())
print(f"{(state * state).sum().item():.12f}")
