# Exercise 8.D: covariance with frequency and analytic weights
import torch

x = torch.tensor([[0.0, 1.0, 2.0, 4.0], [1.0, 1.0, 3.0, 2.0]])
print(torch.cov(x, fweights=torch.tensor([1, 2, 1, 1])))
print(torch.cov(x, aweights=torch.tensor([0.5, 1.0, 1.0, 2.0])))
print(torch.cov(x, correction=0, fweights=torch.tensor([1, 1, 1, 3]), aweights=torch.tensor([1.0, 1.0, 2.0, 2.0])))
for kw in ({"fweights": torch.tensor([1.0, 2.0, 1.0, 1.0])}, {"fweights": torch.tensor([1, -2, 1, 1])},
           {"aweights": torch.tensor([1.0, 2.0])}, {"correction": 4}):
    try:
        print(torch.cov(x, **kw))
    except RuntimeError as e:
        print("RuntimeError:", e)
