import torch

# Update only the meta-parameters: backward(inputs=...) leaves the other leaves' .grad alone
meta_scale = torch.tensor(2.0, requires_grad=True)
base_w = torch.tensor([1.0, -1.0], requires_grad=True)
objective = (meta_scale * base_w).pow(2).sum()
objective.backward(inputs=[meta_scale], retain_graph=True)
print(meta_scale.grad, base_w.grad)
objective.backward(inputs=base_w)
print(meta_scale.grad, base_w.grad)
try:
    (meta_scale * 1.0).backward(inputs=[])
except RuntimeError as err:
    print(err)
