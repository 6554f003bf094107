import torch

state = torch.tensor([0.01, -0.02, 0.03, 0.0])
force = torch.tensor([10.0, -10.0])
dt = 0.02
for a in [0, 1, 1, 0]:
    x, x_dot, theta, theta_dot = state.unbind()
    acc = force[a] / 1.1 - 0.05 * torch.sin(theta)
    state = torch.stack([x + dt * x_dot, x_dot + dt * acc, theta + dt * theta_dot, theta_dot - dt * acc * 0.1])
    done = bool(state[2].abs() > 0.2)
    print(state, done)
