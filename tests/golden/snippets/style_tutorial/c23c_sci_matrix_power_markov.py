# Long-run distribution of a Markov chain with matrix_power and the eigenvector check.
import torch

P = torch.tensor([[0.5, 0.5, 0.0], [0.25, 0.5, 0.25], [0.0, 0.5, 0.5]], dtype=torch.float64)
print(torch.linalg.matrix_power(P, 2))
Pn = torch.linalg.matrix_power(P, 50)
print(Pn[0].round(decimals=6))
pi = Pn[0]
print(torch.allclose(pi @ P, pi), pi.sum().round(decimals=12))
print(torch.linalg.matrix_power(P, 0))
