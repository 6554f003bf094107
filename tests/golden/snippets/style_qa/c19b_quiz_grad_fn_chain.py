# Quiz 19: name every node from the loss back to the leaf
import torch

p = torch.tensor([0.5, -1.5], requires_grad=True)
loss = torch.tanh(p * 4).pow(3).sum()
chain = []
node = loss.grad_fn
while node is not None:
    chain.append(node.name())
    node = node.next_functions[0][0] if node.next_functions else None
print(" <- ".join(chain))
print(len(loss.grad_fn.next_functions))
print(loss.grad_fn.next_functions[0][1])
