# epsilon-greedy action selection with a decaying epsilon
import torch

torch.manual_seed(16)
q_net = torch.nn.Linear(2, 3)
eps_start, eps_end, decay = 1.0, 0.05, 0.5
for step in range(6):
    eps = eps_end + (eps_start - eps_end) * (decay ** step)
    state = torch.randn(1, 2)
    if torch.rand(1).item() < eps:
        action = torch.randint(0, 3, (1,)).item()
        how = "random"
    else:
        with torch.no_grad():
            action = q_net(state).argmax(dim=1).item()
        how = "greedy"
    print(step, f"{eps:.3f}", how, action)
