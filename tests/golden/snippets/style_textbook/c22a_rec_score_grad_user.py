import torch

user = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
items = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0], [2.0, 2.0, 2.0]])
scores = items @ user
probs = torch.softmax(scores, dim=0)
loss = -torch.log(probs[0])
loss.backward()
print(scores)
print(probs)
print(user.grad)
print(scores.grad_fn.name(), probs.grad_fn.name())
