# Section 9.3: the Vandermonde matrix
import torch

x = torch.tensor([1, 2, 3, 4])
print(torch.vander(x))
print(torch.vander(x, N=3, increasing=True))
print(torch.linalg.vander(x.double(), N=3))
