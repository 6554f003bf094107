# "my loop works for the first iteration and then crashes"
import torch

torch.manual_seed(1)
w = torch.randn(2, requires_grad=True)
hidden = torch.tanh(w * 3)          # computed once, outside the loop
for i in range(3):
    try:
        loss = (hidden * (i + 1)).sum()
        loss.backward()
        print(i, "ok", w.grad)
    except RuntimeError as err:
        print(i, "failed:", str(err).split(".")[0])
w.grad = None
hidden = torch.tanh(w * 3)
for i in range(2):
    loss = (hidden * (i + 1)).sum()
    loss.backward(retain_graph=True)
print("with retain_graph:", w.grad)
