# Q: "Trying to backward through the graph a second time" in my loop
import torch

w = torch.tensor(1.0, requires_grad=True)
hidden = w * 2
for step in range(2):
    loss = hidden.exp()
    try:
        loss.backward()
        print(step, "ok", w.grad)
    except RuntimeError as err:
        print(step, err)
# the fix is usually to recompute hidden inside the loop, not retain_graph
