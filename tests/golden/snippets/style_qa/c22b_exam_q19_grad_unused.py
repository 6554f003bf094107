import torch

# Q19. `gate` never enters the loss. What do grad() and backward() do with it?
scale = torch.tensor(2.0, requires_grad=True)
gate = torch.tensor(-1.0, requires_grad=True)
loss = scale.pow(3)
try:
    torch.autograd.grad(loss, (scale, gate), retain_graph=True)
except RuntimeError as err:
    print("grad() refuses:", str(err).split(".")[0])
gs, gg = torch.autograd.grad(loss, (scale, gate), retain_graph=True, allow_unused=True)
print("allow_unused:", gs, gg)
loss.backward(inputs=[scale, gate])
print("backward(inputs=...):", scale.grad, gate.grad)
