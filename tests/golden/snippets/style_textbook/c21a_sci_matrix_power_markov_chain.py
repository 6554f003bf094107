# Stationary distribution of a Markov chain: matrix_power vs the eigenvector for eigenvalue 1.
import torch

P = torch.tensor([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]], dtype=torch.float64)
print(torch.linalg.matrix_power(P, 50)[0])
vals, vecs = torch.linalg.eig(P.T)
i = torch.argmin((vals - 1).abs())
pi = vecs[:, i].real
pi = pi / pi.sum()
print(vals.real.round(decimals=6))
print(pi)
