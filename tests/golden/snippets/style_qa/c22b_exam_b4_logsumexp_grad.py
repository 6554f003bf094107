import torch

# Exam B4-4. Show that d/dx logsumexp(x) = softmax(x).
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
torch.logsumexp(x, 0).backward()
print(x.grad)
print(torch.softmax(x.detach(), 0))
m = torch.tensor([[0.0, float("-inf")], [float("-inf"), float("-inf")]])
print(torch.logsumexp(m, 1))
