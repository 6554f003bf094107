# GAE over several environments at once: time-major tensors
import torch

T, N = 4, 2
rewards = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
values = torch.tensor([[0.5, 0.2], [0.4, 0.6], [0.8, 0.1], [0.3, 0.3]])
dones = torch.tensor([[0.0, 0.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0]])
last_v = torch.tensor([0.9, 0.7])
gamma, lam = 0.9, 0.95
adv = torch.zeros(T, N)
lastgaelam = torch.zeros(N)
for t in reversed(range(T)):
    nonterminal = 1.0 - dones[t]
    nv = last_v if t == T - 1 else values[t + 1]
    delta = rewards[t] + gamma * nv * nonterminal - values[t]
    lastgaelam = delta + gamma * lam * nonterminal * lastgaelam
    adv[t] = lastgaelam
print(adv)
b_adv = adv.reshape(-1)
print(b_adv.shape, ((b_adv - b_adv.mean()) / (b_adv.std() + 1e-8)).abs().max() < 3)
