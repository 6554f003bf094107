# The test() function of the MNIST example: summed NLL loss, argmax with keepdim, eq + view_as, the report line.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
model = nn.Sequential(nn.Flatten(), nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10), nn.LogSoftmax(dim=1))
test_batches = [(torch.rand(5, 1, 28, 28), torch.randint(0, 10, (5,))) for _ in range(3)]


def test(model, batches):
    model.eval()
    test_loss = 0
    correct = 0
    n = 0
    with torch.no_grad():
        for data, target in batches:
            output = model(data)
            test_loss += F.nll_loss(output, target, reduction='sum').item()
            pred = output.argmax(dim=1, keepdim=True)
            correct += pred.eq(target.view_as(pred)).sum().item()
            n += len(data)
    test_loss /= n
    print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)\n'.format(
        test_loss, correct, n, 100. * correct / n))
    return test_loss, correct


loss, correct = test(model, test_batches)
print(type(loss).__name__, type(correct).__name__, model.training)
data, target = test_batches[0]
with torch.no_grad():
    out = model(data)
pred = out.argmax(dim=1, keepdim=True)
print(pred.shape, target.view_as(pred).shape, pred.eq(target.view_as(pred)).dtype)
print(pred.squeeze(1), target)
