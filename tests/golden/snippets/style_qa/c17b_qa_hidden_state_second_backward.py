# Q: "Trying to backward through the graph a second time" in my RNN-style loop
import torch

W = torch.tensor([[0.5, -0.2], [0.1, 0.3]], requires_grad=True)
h = torch.zeros(2)
for step in range(2):
    h = torch.tanh(W @ h + 1.0)
    loss = h.sum()
    try:
        loss.backward()
        print(step, 'ok')
    except RuntimeError as e:
        print(step, str(e)[:70])
h = torch.zeros(2)
W.grad = None
for step in range(2):
    h = torch.tanh(W @ h.detach() + 1.0)
    h.sum().backward()
print(W.grad)
