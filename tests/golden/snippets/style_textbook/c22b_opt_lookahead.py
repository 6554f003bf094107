import torch

torch.manual_seed(3)
fast = torch.randn(3, requires_grad=True)
goal = torch.tensor([2.0, 0.0, -1.0])
sgd = torch.optim.SGD([fast], lr=0.4, momentum=0.5)
anchor = fast.detach().clone()
sync_every, pull = 4, 0.6
for it in range(1, 13):
    sgd.zero_grad()
    objective = (fast - goal).abs().pow(1.5).sum()
    objective.backward()
    sgd.step()
    if it % sync_every == 0:
        with torch.no_grad():
            anchor.lerp_(fast, pull)
            fast.copy_(anchor)
        print(f"sync {it // sync_every}: obj={objective.item():.5f} anchor={anchor.numpy().round(4)}")
