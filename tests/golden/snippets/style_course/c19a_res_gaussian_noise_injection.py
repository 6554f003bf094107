# weight-noise regularisation: a perturbed copy of each weight used through torch.func
import torch
import torch.func as tf
torch.manual_seed(83)
layer = torch.nn.Linear(3, 1)
sigma = 0.01
noisy = {name: w + sigma * torch.randn_like(w) for name, w in layer.named_parameters()}
pred = tf.functional_call(layer, noisy, torch.ones(2, 3))
pred.mean().backward()
print(pred.squeeze())
print(layer.weight.grad, layer.bias.grad)
print(noisy["weight"].grad_fn.name(), noisy["weight"].is_leaf)
