# Associative memory chapter: a Hopfield network storing two patterns with Hebbian weights, recall from noise.
import torch

patterns = torch.tensor([[1, -1, 1, -1, 1, -1, 1, -1],
                         [1, 1, 1, 1, -1, -1, -1, -1]], dtype=torch.float32)
n = patterns.shape[1]
W = sum(torch.outer(p, p) for p in patterns) / n
W.fill_diagonal_(0)
print(W)
state = patterns[0].clone()
state[[1, 2]] *= -1
print("noisy", state)
energy = lambda s: -0.5 * s @ W @ s
for sweep in range(3):
    for i in range(n):
        state[i] = 1.0 if W[i] @ state >= 0 else -1.0
    print(sweep, state, energy(state).item())
print(torch.equal(state, patterns[0]))
print(energy(patterns[0]).item(), energy(patterns[1]).item())
