# Quiz C10: hooks on a grad_fn node
import torch

src = torch.tensor([1.0, 2.0], requires_grad=True)
tripled = src * 3
node_log = []
tripled.grad_fn.register_hook(lambda gi, go: node_log.append((len(gi), len(go), go[0].tolist())))
tripled.grad_fn.register_prehook(lambda go: node_log.append(("pre", go[0].tolist())))
(tripled * tripled).sum().backward()
for entry in node_log:
    print(entry)
print("src.grad =", src.grad)
