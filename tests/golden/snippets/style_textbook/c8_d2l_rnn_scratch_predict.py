# RNN from scratch: init_rnn_state, the rnn loop, and predicting characters after a prefix (untrained).
import torch
from torch.nn import functional as F

vocab = list(" abcdefgh")
char_to_idx = {c: i for i, c in enumerate(vocab)}
num_hiddens = 8

def get_params(vocab_size, num_hiddens):
    num_inputs = num_outputs = vocab_size
    def normal(shape):
        return torch.randn(size=shape) * 0.01
    W_xh = normal((num_inputs, num_hiddens))
    W_hh = normal((num_hiddens, num_hiddens))
    b_h = torch.zeros(num_hiddens)
    W_hq = normal((num_hiddens, num_outputs))
    b_q = torch.zeros(num_outputs)
    params = [W_xh, W_hh, b_h, W_hq, b_q]
    for param in params:
        param.requires_grad_(True)
    return params

def init_rnn_state(batch_size, num_hiddens):
    return (torch.zeros((batch_size, num_hiddens)),)

def rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = torch.tanh(torch.mm(X, W_xh) + torch.mm(H, W_hh) + b_h)
        Y = torch.mm(H, W_hq) + b_q
        outputs.append(Y)
    return torch.cat(outputs, dim=0), (H,)

torch.manual_seed(0)
params = get_params(len(vocab), num_hiddens)
X = torch.arange(10).reshape((2, 5)) % len(vocab)
state = init_rnn_state(X.shape[0], num_hiddens)
Y, new_state = rnn(F.one_hot(X.T, len(vocab)).type(torch.float32), state, params)
print(Y.shape, len(new_state), new_state[0].shape)

def predict(prefix, num_preds, params):
    state = init_rnn_state(1, num_hiddens)
    outputs = [char_to_idx[prefix[0]]]
    get_input = lambda: F.one_hot(torch.tensor([outputs[-1]]), len(vocab)).float().reshape(1, 1, -1)
    for y in prefix[1:]:
        _, state = rnn(get_input(), state, params)
        outputs.append(char_to_idx[y])
    for _ in range(num_preds):
        y, state = rnn(get_input(), state, params)
        outputs.append(int(y.argmax(dim=1).reshape(1)))
    return ''.join([vocab[i] for i in outputs])

print(repr(predict('bad ', 6, params)))
loss = F.cross_entropy(Y, X.T.reshape(-1))
loss.backward()
print(loss, params[3].grad.abs().sum() > 0)
