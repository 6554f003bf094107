import torch

# Exam B2-13. Which leaves receive gradient when backward is given `inputs`?
p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor(-3.0, requires_grad=True)
mid = p * q
total = mid.sum() + q.exp()
mid.retain_grad()
total.backward(inputs=[q], retain_graph=True)
print("p:", p.grad, "q:", q.grad, "mid:", mid.grad)
total.backward(inputs=[p, mid])
print("p:", p.grad, "q:", q.grad, "mid:", mid.grad)
