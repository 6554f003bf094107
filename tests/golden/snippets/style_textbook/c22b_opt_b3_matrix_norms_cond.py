import torch

# conditioning of a quadratic's curvature tells how slow plain gradient descent will be
curv = torch.tensor([[4.0, 1.0], [1.0, 0.01]], dtype=torch.float64)
lam = torch.linalg.eigvalsh(curv)
print("eigenvalues", lam.numpy().round(6), "kappa", (lam[-1] / lam[0]).item())
print("cond(2)", torch.linalg.cond(curv).item(), "cond(fro)", torch.linalg.cond(curv, "fro").item())
print("spectral", torch.linalg.matrix_norm(curv, 2).item(), "nuclear", torch.linalg.matrix_norm(curv, "nuc").item())
sign, logabs = torch.linalg.slogdet(curv)
print(sign.item(), round(logabs.item(), 6), torch.linalg.matrix_rank(torch.outer(lam, lam)).item())
