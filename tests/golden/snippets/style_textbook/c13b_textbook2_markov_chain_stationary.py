# Probability chapter: stationary distribution of a Markov chain by matrix powers, eigenvectors and simulation.
import torch

P = torch.tensor([[0.9, 0.075, 0.025],
                  [0.15, 0.8, 0.05],
                  [0.25, 0.25, 0.5]], dtype=torch.float64)
print(P.sum(1))
pi = torch.tensor([1.0, 0.0, 0.0], dtype=torch.float64)
for n in (1, 5, 20, 100):
    print(n, pi @ torch.linalg.matrix_power(P, n))
evals, evecs = torch.linalg.eig(P.T)
print(evals)
k = torch.argmin((evals - 1).abs())
v = evecs[:, k].real
print(v / v.sum())
torch.manual_seed(83)
state, counts = 0, torch.zeros(3)
for _ in range(3000):
    state = torch.multinomial(P[state].float(), 1).item()
    counts[state] += 1
print(counts / counts.sum())
