# The pruning tutorial's steps on a small conv net: random, L1 and Ln-structured pruning, the
# forward pre-hooks, iterative pruning in a PruningContainer, global pruning, remove, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.nn.utils.prune as prune

class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 3, 3)
        self.conv2 = nn.Conv2d(3, 4, 3)
        self.fc1 = nn.Linear(4 * 2 * 2, 6)
        self.fc2 = nn.Linear(6, 2)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.relu(self.conv2(x))
        return self.fc2(F.relu(self.fc1(x.view(-1, 16))))

torch.manual_seed(1)
model = LeNet()
module = model.conv1
print(list(module.named_parameters())[0][1].shape, list(module.named_buffers()))
prune.random_unstructured(module, name="weight", amount=0.3)
print([n for n, _ in module.named_parameters()], [n for n, _ in module.named_buffers()])
print(module.weight[0])
print(list(module._forward_pre_hooks.values()))  # the keys count every hook handle made in the process
prune.l1_unstructured(module, name="bias", amount=2)
print(module.bias, module.bias_mask)
prune.ln_structured(module, name="weight", amount=0.5, n=2, dim=0)
print(module.weight_mask.sum(dim=(1, 2, 3)))
for hook in module._forward_pre_hooks.values():
    if hook._tensor_name == "weight":
        break
print(list(hook), len(hook))
print(list(model.state_dict().keys()))
out = model(torch.randn(2, 1, 10, 10))
out.sum().backward()
print(module.weight_orig.grad[0, 0], module.weight.grad_fn)
prune.remove(module, "weight")
print([n for n, _ in module.named_parameters()], [n for n, _ in module.named_buffers()])
print(prune.is_pruned(model), prune.is_pruned(model.fc2))
parameters_to_prune = ((model.conv2, "weight"), (model.fc1, "weight"), (model.fc2, "weight"))
prune.global_unstructured(parameters_to_prune, pruning_method=prune.L1Unstructured, amount=0.25)
for m, _ in parameters_to_prune:
    print("Sparsity: {:.2f}%".format(100. * float(torch.sum(m.weight == 0)) / float(m.weight.nelement())))
print(type(model.fc2._forward_pre_hooks[next(iter(model.fc2._forward_pre_hooks))]).__name__)
prune.custom_from_mask(model.fc2, name="bias", mask=torch.tensor([0, 1]))
print(model.fc2.bias)
for bad in (lambda: prune.random_unstructured(nn.Linear(2, 2), "weight", amount=1.5),
            lambda: prune.l1_unstructured(nn.Linear(2, 2), "weight", amount=5),
            lambda: prune.ln_structured(nn.Linear(2, 2), "bias", amount=1, n=2, dim=0),
            lambda: prune.remove(nn.Linear(2, 2), "weight"),
            lambda: prune.random_unstructured(nn.Linear(2, 2), "weight", amount="half")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lin = nn.Linear(4, 3)
prune.random_structured(lin, "weight", amount=1, dim=0)
print(lin.weight_mask)
print(prune.L1Unstructured(amount=0.5).prune(torch.tensor([3.0, -1.0, 0.5, -4.0])))
