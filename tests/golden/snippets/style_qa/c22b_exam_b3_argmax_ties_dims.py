import torch

# Exam B3-14. argmax with ties, keepdim and dim=None.
m = torch.tensor([[1, 5, 5], [7, 0, 7]])
print(m.argmax(), m.argmax(dim=1), m.argmax(dim=0, keepdim=True))
print(m.max(dim=1))
print(torch.max(m, torch.tensor([6, 6, 6])))
print(m.float().softmax(1).argmax(1))
