# Autograder: the student's loss accidentally breaks the graph
import torch


def student_loss(pred, target):
    return torch.tensor(((pred - target) ** 2).mean().item())


pred = torch.tensor([0.5, 1.5], requires_grad=True)
target = torch.tensor([1.0, 1.0])
loss = student_loss(pred, target)
print("loss value:", loss)
print("requires grad:", loss.requires_grad)
try:
    loss.backward()
except RuntimeError as e:
    print("FAIL:", e)
