import torch

theta = torch.tensor([0.2, -0.4, 0.1], requires_grad=True)
probs = torch.softmax(theta, dim=0)
a = 2
logp = torch.log(probs[a])
logp.backward()
print(theta.grad)
one_hot = torch.zeros(3)
one_hot[a] = 1.0
print(one_hot - probs.detach())
print(torch.allclose(theta.grad, one_hot - probs.detach()))
