# "The Fundamentals of Autograd": a TinyModel whose weight gradients are printed before and after a step.
import torch

BATCH_SIZE = 4
DIM_IN = 10
HIDDEN_SIZE = 6
DIM_OUT = 3

class TinyModel(torch.nn.Module):
    def __init__(self):
        super(TinyModel, self).__init__()
        self.layer1 = torch.nn.Linear(DIM_IN, HIDDEN_SIZE)
        self.relu = torch.nn.ReLU()
        self.layer2 = torch.nn.Linear(HIDDEN_SIZE, DIM_OUT)

    def forward(self, x):
        return self.layer2(self.relu(self.layer1(x)))

torch.manual_seed(1)
some_input = torch.randn(BATCH_SIZE, DIM_IN, requires_grad=False)
ideal_output = torch.randn(BATCH_SIZE, DIM_OUT, requires_grad=False)
model = TinyModel()
print(model.layer2.weight[0][0:4])
print(model.layer2.weight.grad)
optimizer = torch.optim.SGD(model.parameters(), lr=0.001)
prediction = model(some_input)
loss = (ideal_output - prediction).pow(2).sum()
print(loss)
loss.backward()
print(model.layer2.weight[0][0:4])
print(model.layer2.weight.grad[0][0:4])
optimizer.step()
print(model.layer2.weight[0][0:4])
optimizer.zero_grad(set_to_none=False)
print(model.layer2.weight.grad[0][0:4])
