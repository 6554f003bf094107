# Log-likelihood of a multivariate normal by hand (slogdet + cholesky) vs distributions.
import math
import torch

cov = torch.tensor([[2.0, 0.3], [0.3, 0.5]], dtype=torch.float64)
mu = torch.tensor([1.0, -1.0], dtype=torch.float64)
x = torch.tensor([0.5, -0.2], dtype=torch.float64)
sign, logdet = torch.linalg.slogdet(cov)
d = x - mu
quad = d @ torch.linalg.solve(cov, d)
ll = -0.5 * (quad + logdet + 2 * math.log(2 * math.pi))
mvn = torch.distributions.MultivariateNormal(mu, covariance_matrix=cov)
print(sign, f"{logdet.item():.8f}")
print(f"{ll.item():.10f} {mvn.log_prob(x).item():.10f}")
