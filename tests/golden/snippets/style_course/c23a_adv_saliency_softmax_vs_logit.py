# Saliency of the probability vs the logit: the softmax couples the classes
import torch

W = torch.tensor([[1.0, 2.0], [2.0, 1.0], [0.0, -1.0]])
x = torch.tensor([0.5, 0.5], requires_grad=True)
logits = W @ x
logits[0].backward(retain_graph=True)
print("logit grad:", x.grad)
x.grad = None
probs = torch.softmax(logits, 0)
probs[0].backward()
print("prob grad:", x.grad)
print(probs, probs.sum())
